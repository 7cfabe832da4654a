// The demo's cart: what "Add to cart" on the product page puts in and what the
// checkout shows, kept in sessionStorage (one cart per tab, gone with it).
// Until the shopper adds something, the checkout shows a sample cart.
import { productOf, sampleCart, type CartLine } from '../mocks/catalogue.js';
import { catalogueText } from './demo-texts.js';

const CART_KEY = 'backorder-demo:cart';

function stored(): CartLine[] | undefined {
  try {
    const lines: unknown = JSON.parse(sessionStorage.getItem(CART_KEY) ?? 'null');
    return Array.isArray(lines) ? (lines as CartLine[]) : undefined;
  } catch {
    return undefined;
  }
}

/** The cart's lines: what the shopper put in, else the sample cart. */
export function readCart(): CartLine[] {
  return stored() ?? sampleCart.map((line) => ({ ...line }));
}

/** Keeps `lines` for the next page. */
export function saveCart(lines: CartLine[]): void {
  try {
    sessionStorage.setItem(CART_KEY, JSON.stringify(lines));
  } catch {
    // Storage blocked: the cart lasts for this page only.
  }
}

/** Adds `quantity` of `sku` (to a cart of the shopper's own, not the sample); returns the units in the cart. */
export function addToCart(sku: string, quantity: number): number {
  const lines = stored() ?? [];
  const line = lines.find((candidate) => candidate.sku === sku);
  if (line) line.quantity = Math.min(99, line.quantity + quantity);
  else lines.push({ sku, quantity });
  saveCart(lines);
  return lines.reduce((sum, candidate) => sum + candidate.quantity, 0);
}

/** A line's name in the current language: "Merino Crew Tee, Blue / L". */
export function lineName(sku: string): string {
  const found = productOf(sku);
  if (!found) return sku;
  return `${catalogueText(found.product.name)}, ${catalogueText(found.variant)}`;
}
