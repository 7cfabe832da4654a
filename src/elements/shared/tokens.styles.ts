import { css } from 'lit';

/**
 * The library-wide design tokens, read once on every host. Elements use the
 * private `--_bo-*` names, so each public `--bo-*` property and its fallback is
 * written down in one place. Public properties are never set on `:host`: a
 * value set on the page (`:root { --bo-color-accent: … }`) must inherit in.
 * Every colour is `--bo-color-<role>`; the names of earlier releases
 * (`--bo-accent-color`, …) still work until the next release, as the
 * fallback of the new name.
 *
 * Also shared: the focus ring on every focusable thing, no motion under
 * `prefers-reduced-motion`, and system colours in forced-colors mode.
 *
 * The public properties, declared once here: the manifest lists each one for
 * every element that reads it (`scripts/build/manifest-plugins.js`).
 *
 * @cssproperty --bo-font - Font of the text, the `font` shorthand (default: inherited).
 * @cssproperty --bo-line-height - Line height (default: 1.4).
 * @cssproperty --bo-spacing - Base spacing: gaps; the boxes pad 1.5× and 2× it (default: 0.5em).
 * @cssproperty --bo-radius - Corner radius of boxes, options, fields and buttons (default: 6px).
 * @cssproperty --bo-focus-width - Width of the focus ring (default: 2px).
 * @cssproperty --bo-color-text - Text (default: inherited).
 * @cssproperty --bo-color-muted - Secondary text: notes, "Checking stock…", the charges (default: #57606a).
 * @cssproperty --bo-color-surface - Background of boxes and fields (default: Canvas).
 * @cssproperty --bo-color-border - Borders of boxes and fields (default: #8c959f).
 * @cssproperty --bo-color-accent - Buttons, radios and boxes, the chosen option, links (default: #0969da).
 * @cssproperty --bo-color-accent-text - Text on the accent colour: the submit button (default: #ffffff).
 * @cssproperty --bo-color-focus - The focus ring (default: the accent colour).
 * @cssproperty --bo-color-error - Error texts and invalid fields (default: #cf222e).
 * @cssproperty --bo-color-success - Confirmations (default: #1a7f37).
 */
export const tokenStyles = css`
  :host {
    font: var(--bo-font, inherit);
    line-height: var(--bo-line-height, 1.4);
    color: var(--bo-color-text, var(--bo-text-color, inherit));
    --_bo-muted: var(--bo-color-muted, var(--bo-muted-color, #57606a));
    --_bo-surface: var(--bo-color-surface, var(--bo-surface-color, Canvas));
    --_bo-border: var(--bo-color-border, var(--bo-border-color, #8c959f));
    --_bo-accent: var(--bo-color-accent, var(--bo-accent-color, #0969da));
    --_bo-accent-text: var(--bo-color-accent-text, var(--bo-accent-text-color, #ffffff));
    --_bo-error: var(--bo-color-error, #cf222e);
    --_bo-success: var(--bo-color-success, #1a7f37);
    --_bo-radius: var(--bo-radius, 6px);
    --_bo-spacing: var(--bo-spacing, 0.5em);
    --_bo-focus-color: var(--bo-color-focus, var(--bo-focus-color, var(--_bo-accent)));
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
