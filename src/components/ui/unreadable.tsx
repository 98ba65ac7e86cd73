import type { UnreadableItem } from '../../lib/schema-helpers';

/** "Workspace #42 could not be read", or "An entity type could not be read" when it has no id. */
export function unreadableTitle(noun: string, item: UnreadableItem): string {
  if (item.id !== undefined)
    return `${noun.charAt(0).toUpperCase()}${noun.slice(1)} #${item.id} could not be read`;
  return `${/^[aeiou]/i.test(noun) ? 'An' : 'A'} ${noun} could not be read`;
}

/**
 * An item of a list the server sent in a shape we cannot read, shown in its place with the reason,
 * so the user knows it exists (and can tell the server's owner what is wrong with it).
 */
export function UnreadableText({ noun, item }: { noun: string; item: UnreadableItem }) {
  return (
    <span className="min-w-0 truncate text-amber-800" title={item.reason}>
      <span className="font-medium">{unreadableTitle(noun, item)}</span>
      <span className="text-amber-700">: {item.reason}</span>
    </span>
  );
}

/** A field the server did not send: unknown, which is not the same as empty. */
export function NotSent({ text = 'unknown' }: { text?: string }) {
  return (
    <span className="text-slate-600" title="Not sent by the server">
      {text}
    </span>
  );
}
