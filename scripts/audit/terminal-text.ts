/**
 * Text from the API (workspace and entity names, error details) printed to a terminal: control
 * characters are shown as escapes, so a name can never move the cursor, recolour or retitle the
 * terminal, or forge a line of the summary.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

export function terminalText(value: unknown): string {
  return String(value).replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
