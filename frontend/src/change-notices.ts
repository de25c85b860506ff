/**
 * The building's change notices, read as "read again soon": a burst of notices (one grant
 * for many people, an import) is one read, a moment after the last of them.
 *
 * The resident panel and its organisation section both follow the building this way. A
 * server without notices (an older one) refuses the subscription; the panel then still
 * reads again after each of its own actions, and `start` may try again later.
 */

import type { Api } from "./ws";

const REFRESH_DEBOUNCE_MS = 300;

export class ChangeNotices {
  private readonly reload: () => void;
  private subscription: Promise<() => Promise<void>> | undefined;
  private timer: number | undefined;

  constructor(reload: () => void) {
    this.reload = reload;
  }

  /** Subscribe through `api`, unless already subscribed. */
  start(api: Api): void {
    if (this.subscription) return;
    const subscription = api.subscribe(() => this.reloadSoon());
    this.subscription = subscription;
    subscription.catch(() => {
      if (this.subscription === subscription) this.subscription = undefined;
    });
  }

  /** Read again once no notice has come for a moment. */
  reloadSoon(): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(this.reload, REFRESH_DEBOUNCE_MS);
  }

  /** Unsubscribe and drop a read not yet begun. */
  stop(): void {
    window.clearTimeout(this.timer);
    const subscription = this.subscription;
    this.subscription = undefined;
    void subscription?.then((stop) => stop()).catch(() => undefined);
  }
}
