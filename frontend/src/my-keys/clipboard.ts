/**
 * Handing a link or a PIN code on: the clipboard, and the phone's share sheet where the
 * browser has one (the companion apps do).
 *
 * The clipboard API needs a secure context; a Home Assistant reached over plain http on
 * the home network has none, so copying falls back to selecting a hidden text field.
 */

export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission or not a secure context): try the old way below.
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand("copy");
  } catch {
    copied = false;
  }
  area.remove();
  return copied;
}

/** Whether the phone's share sheet is there to offer. */
export function hasShareSheet(): boolean {
  return typeof navigator.share === "function";
}

/** Open the share sheet; false when the user closed it or the browser refused. */
export async function shareSheet(data: ShareData): Promise<boolean> {
  try {
    await navigator.share(data);
    return true;
  } catch {
    return false;
  }
}
