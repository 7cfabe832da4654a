import { css } from 'lit';

export const stockStatusStyles = css`
  :host {
    display: block;
    /* Lines kept before the element first renders (the script may come late). */
    min-height: calc(var(--bo-reserved-lines, 2) * 1em * var(--bo-line-height, 1.4));
    --_bo-state: var(--bo-color-neutral, #8c959f);
  }
  .line {
    display: flex;
    align-items: baseline;
    gap: var(--_bo-spacing);
  }
  /* Unseen, the longest texts it could become, then the text over them: the
     row is as tall as the tallest at this width, whatever arrives. A flex row
     of full-width items (each unseen one pulled back by its end margin) lays
     out cheaper than a grid cell shared by all. */
  .texts {
    display: flex;
    align-items: flex-start;
    flex: 1;
    min-width: 0;
  }
  .texts > * {
    flex: none;
    width: 100%;
  }
  .sizer {
    margin-inline-end: -100%;
    visibility: hidden;
    overflow-wrap: anywhere;
  }
  .indicator {
    flex: none;
    width: 0.6em;
    height: 0.6em;
    border-radius: 50%;
    background: var(--_bo-state);
    transform: translateY(-0.05em);
  }
  .fade .indicator {
    transition: background-color var(--_bo-duration);
  }
  .label {
    overflow-wrap: anywhere;
  }
  /* The merchant's note: the reserved lines are kept whether a note comes or
     not, and a longer note is cut short to them, with "More" to read it all. */
  .note {
    display: flex;
    align-items: baseline;
    gap: var(--_bo-spacing);
    min-height: calc((var(--bo-reserved-lines, 2) - 1) * 1lh);
    font-size: 0.9em;
    color: var(--_bo-muted);
  }
  .message {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: max(1, var(--bo-reserved-lines, 2) - 1);
    overflow: hidden;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .message.open {
    display: block;
    -webkit-line-clamp: none;
  }
  .more {
    flex: none;
    /* A thumb-sized target (44 px) that takes no more height than the line,
       and never sticks out past the element's edge. */
    margin: -0.9em 0 -0.9em auto;
    padding: 0.9em 0 0.9em 0.75em;
    border: 0;
    border-radius: 2px;
    background: none;
    font: inherit;
    color: var(--_bo-accent);
    text-decoration: underline;
    cursor: pointer;
  }
  :host([state='loading']) .label {
    color: var(--_bo-muted);
  }
  :host([state='in-stock']) {
    --_bo-state: var(--bo-color-in-stock, #1a7f37);
  }
  :host([state='low-stock']) {
    --_bo-state: var(--bo-color-low-stock, #9a6700);
  }
  :host([state='backorder']),
  :host([state='preorder']) {
    --_bo-state: var(--bo-color-backorder, #0969da);
  }
  :host([state='out-of-stock']),
  :host([state='discontinued']) {
    --_bo-state: var(--bo-color-out-of-stock, #cf222e);
  }
  @media (forced-colors: active) {
    /* Backgrounds are overridden in forced colours; a border keeps the dot. */
    .indicator {
      background: none;
      border: 0.3em solid CanvasText;
    }
    :host([state='loading']) .indicator,
    :host([state='unknown']) .indicator,
    :host([state='error']) .indicator {
      border-width: 1px;
    }
  }
`;
