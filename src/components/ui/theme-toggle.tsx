import { setThemeChoice, THEME_CHOICES, type ThemeChoice, useThemeChoice } from '../../lib/theme';
import { SelectField } from './select-field';

const LABELS: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** Light, dark, or whatever the system says (the default); remembered on this device. */
export function ThemeToggle() {
  const choice = useThemeChoice();
  return (
    <SelectField
      label="Theme"
      size="sm"
      inline
      value={choice}
      onChange={(event) =>
        setThemeChoice(THEME_CHOICES.find((option) => option === event.target.value) ?? 'system')
      }
    >
      {THEME_CHOICES.map((option) => (
        <option key={option} value={option}>
          {LABELS[option]}
        </option>
      ))}
    </SelectField>
  );
}
