/**
 * The keyboard in the panels' modal dialogs: Tab stays inside the dialog, the dialog takes
 * the focus when it opens, and the control that opened it gets the focus back on close.
 *
 * The dialogs are drawn inside the panels' shadow roots over the page, marked
 * `aria-modal`; without this, Tab walks on into the page behind them (and into Home
 * Assistant's sidebar), and Escape, handled on the dialog, does nothing while the focus
 * is still on the button that opened it.
 */

const FOCUSABLE =
  "button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled])," +
  " textarea:not([disabled]), a[href], [tabindex]:not([tabindex='-1'])";

/** The element holding the focus, looked up through every open shadow root. */
export function deepActiveElement(): HTMLElement | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * The controls Tab reaches in `dialog`, in order. Of a group of radio buttons only the
 * checked one is reached (the browser's own rule), or the first when none is.
 */
function tabStops(dialog: Element): HTMLElement[] {
  const all = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => element.getClientRects().length > 0,
  );
  return all.filter((element) => {
    if (!(element instanceof HTMLInputElement) || element.type !== "radio" || !element.name) {
      return true;
    }
    const group = all.filter(
      (other) =>
        other instanceof HTMLInputElement && other.type === "radio" && other.name === element.name,
    ) as HTMLInputElement[];
    const checked = group.find((radio) => radio.checked);
    return checked ? checked === element : group[0] === element;
  });
}

/**
 * On Tab or Shift+Tab, move the focus round `dialog`'s controls instead of out of it.
 * `root` is the shadow root (or document) the dialog is drawn in.
 */
export function keepTabInside(
  event: KeyboardEvent,
  root: DocumentOrShadowRoot,
  dialog: Element | null | undefined,
): void {
  if (event.key !== "Tab" || !dialog) return;
  const stops = tabStops(dialog);
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return;
  const active = root.activeElement;
  if (!(active instanceof Element) || !dialog.contains(active)) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  } else if (event.shiftKey && active === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/** Focus the first field of `dialog`, else its first control (a confirmation's Cancel). */
export function focusDialog(dialog: Element | null | undefined): void {
  if (!dialog) return;
  const field = dialog.querySelector<HTMLElement>(
    "input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled])",
  );
  (field ?? tabStops(dialog)[0])?.focus();
}

/** Give the focus back to the control that opened a dialog, if it is still on the page. */
export function focusBack(opener: HTMLElement | null | undefined): void {
  if (opener?.isConnected) opener.focus();
}
