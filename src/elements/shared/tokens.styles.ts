import { css } from 'lit';

/**
 * The library-wide design tokens, read once on every host. Elements use the
 * private `--_bo-*` names, so each public `--bo-*` property and its fallback is
 * written down in one place. Public properties are never set on `:host`: a
 * value set on the page (`:root { --bo-accent-color: … }`) must inherit in.
 *
 * Also shared: the focus ring on every focusable thing, no motion under
 * `prefers-reduced-motion`, and system colours in forced-colors mode.
 */
export const tokenStyles = css`
  :host {
    font: var(--bo-font, inherit);
    line-height: var(--bo-line-height, 1.4);
    color: var(--bo-text-color, inherit);
    --_bo-muted: var(--bo-muted-color, #57606a);
    --_bo-surface: var(--bo-surface-color, Canvas);
    --_bo-border: var(--bo-border-color, #8c959f);
    --_bo-accent: var(--bo-accent-color, #0969da);
    --_bo-accent-text: var(--bo-accent-text-color, #ffffff);
    --_bo-error: var(--bo-color-error, #cf222e);
    --_bo-success: var(--bo-color-success, #1a7f37);
    --_bo-radius: var(--bo-radius, 6px);
    --_bo-spacing: var(--bo-spacing, 0.5em);
    --_bo-focus-color: var(--bo-focus-color, var(--_bo-accent));
    --_bo-focus-width: var(--bo-focus-width, 2px);
    --_bo-duration: 150ms;
  }
  :focus-visible {
    outline: var(--_bo-focus-width) solid var(--_bo-focus-color);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_bo-duration: 0s;
    }
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
