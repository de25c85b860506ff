/**
 * My keys' own look on top of the shared panel styles: door cards with thumb-sized
 * buttons, a progress spinner, and dialogs that open as a sheet from the bottom on a
 * phone, where the thumb is.
 */

import { css } from "lit";

export const myKeysStyles = css`
  /* The heading above each card: "My keys", "My PIN code", an organisation. */
  .section-title {
    font-size: 14px;
    font-weight: 500;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--secondary-text-color);
    margin: 24px 4px 10px;
  }
  .icon {
    flex: none;
  }
  .spinner {
    display: inline-block;
    width: 16px;
    height: 16px;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
    vertical-align: -3px;
    margin-inline-end: 8px;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 2.4s;
    }
  }
  button.big {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 8px;
  }
  @media (max-width: 600px) {
    .dialog-backdrop.sheet {
      align-items: flex-end;
      padding: 0;
    }
    .dialog-backdrop.sheet .dialog {
      width: 100%;
      max-height: calc(100% - 24px);
      border-radius: 16px 16px 0 0;
      padding: 20px 16px calc(16px + env(safe-area-inset-bottom, 0px));
    }
    .dialog-backdrop.sheet .actions {
      display: grid;
      grid-template-columns: 1fr 1fr;
    }
    .dialog-backdrop.sheet .actions button:only-child {
      grid-column: 1 / -1;
    }
  }
`;
