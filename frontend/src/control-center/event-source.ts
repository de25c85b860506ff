/**
 * How an event-log record came about, as the panels word it.
 *
 * The log stores a guest link's open as a command of the hub's over Bluetooth (`ble`),
 * like an unlock from the app; what tells it apart is the share it names with no Home
 * Assistant user (a link's guest is nobody there; a share to a user names that user).
 * Such a record reads "Guest link", its maker beside it as for a PIN share's use.
 */

/** The fields of a record that say how it came about. */
export interface SourceOf {
  source: string | null;
  share_id: string | null;
  user_id: string | null;
}

/** The record's source code, `guest_link` for a guest link's open. */
export function eventSource(event: SourceOf): string | null {
  if (event.source === "ble" && event.share_id && !event.user_id) return "guest_link";
  return event.source;
}
