/**
 * The demo catalogue, one for every page: a SKU tells the same story on the
 * product page, in the listing and at checkout. A tee with variants covering
 * every state, two more named products, a listing of generated products, and
 * the gallery's specimens. Dates are relative to today, so the demo always
 * shows a near backorder, a far restock and an upcoming release.
 */

/** An item exactly as the availability endpoint sends it. */
export interface CatalogueItem {
  sku: string;
  status?: string;
  quantity?: number;
  backorderable?: boolean;
  backorderLimit?: number;
  restockDate?: string;
  leadTimeDays?: number;
  message?: string;
}

/** A product for the demo pages: a name, a price and its variants' SKUs. */
export interface DemoProduct {
  id: string;
  name: string;
  price: number;
  colour: string;
  variants: { sku: string; label: string }[];
}

function inDays(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The product page's tee: one variant per state. */
export const featuredProduct: DemoProduct = {
  id: 'TEE',
  name: 'Merino Crew Tee',
  price: 59,
  colour: '#4a6fa5',
  variants: [
    { sku: 'TEE-BLUE-S', label: 'Blue / S' },
    { sku: 'TEE-BLUE-M', label: 'Blue / M' },
    { sku: 'TEE-BLUE-L', label: 'Blue / L' },
    { sku: 'TEE-BLUE-XL', label: 'Blue / XL' },
    { sku: 'TEE-RED-M', label: 'Red / M' },
    { sku: 'TEE-RED-L', label: 'Red / L' },
    { sku: 'TEE-GREEN-M', label: 'Green / M (2027 colour)' },
    { sku: 'TEE-ORANGE-M', label: 'Orange / M (retired)' },
  ],
};

/**
 * Items for the featured product, one per state. Blue / L is the checkout's
 * story: one in stock ("Only 1 left"), more in 5 days for whoever wants more.
 */
export function featuredItems(): CatalogueItem[] {
  return [
    { sku: 'TEE-BLUE-S', quantity: 24 },
    { sku: 'TEE-BLUE-M', quantity: 3, message: 'Last few from this season’s run' },
    {
      sku: 'TEE-BLUE-L',
      quantity: 1,
      backorderable: true,
      backorderLimit: 40,
      restockDate: inDays(5),
      message: 'New batch arriving from our mill',
    },
    {
      sku: 'TEE-BLUE-XL',
      quantity: 0,
      backorderable: true,
      leadTimeDays: 12,
    },
    { sku: 'TEE-RED-M', status: 'OutOfStock', quantity: 0, restockDate: inDays(60) },
    { sku: 'TEE-RED-L', status: 'out_of_stock', quantity: 0 },
    // Released within max-backorder-days: the checkout takes the pre-order too.
    { sku: 'TEE-GREEN-M', status: 'PreOrder', backorderable: true, restockDate: inDays(18) },
    { sku: 'TEE-ORANGE-M', status: 'discontinued', quantity: 0 },
  ];
}

const NAMES = [
  'Linen Shirt',
  'Wool Beanie',
  'Canvas Tote',
  'Wool Socks',
  'Field Vest',
  'Denim Jacket',
  'Chino Shorts',
  'Knit Scarf',
  'Leather Belt',
  'Cotton Hoodie',
  'Flannel Shirt',
  'Sun Hat',
];
const COLOURS = [
  '#4a6fa5',
  '#b5523b',
  '#5b8a5a',
  '#c9a227',
  '#6b5b95',
  '#37474f',
  '#d98c5f',
  '#8d6e63',
];

/** Named products besides the tee, sold on every page (the checkout's sample cart has them). */
export const storeProducts: DemoProduct[] = [
  {
    id: 'SOCKS',
    name: 'Trail Socks',
    price: 14,
    colour: '#37474f',
    variants: [{ sku: 'SOCKS-CHARCOAL-39', label: 'Charcoal / 39–42' }],
  },
  {
    id: 'SHELL',
    name: 'Rain Shell',
    price: 189,
    colour: '#5b8a5a',
    variants: [{ sku: 'SHELL-MOSS-M', label: 'Moss / M' }],
  },
];

/** Items for the named products: socks in stock, the shell sold out for two months. */
export function storeItems(): CatalogueItem[] {
  return [
    { sku: 'SOCKS-CHARCOAL-39', quantity: 40 },
    {
      sku: 'SHELL-MOSS-M',
      status: 'out-of-stock',
      quantity: 0,
      backorderable: true,
      restockDate: inDays(60),
    },
  ];
}

/** Generated products to fill the listing: `count` of them, with one SKU each. */
function generatedProducts(count: number): DemoProduct[] {
  return Array.from({ length: count }, (_, index) => {
    const sku = `LIST-${String(index + 1).padStart(3, '0')}`;
    return {
      id: sku,
      name: `${NAMES[index % NAMES.length]} ${Math.floor(index / NAMES.length) + 1}`,
      price: 19 + ((index * 7) % 80),
      colour: COLOURS[index % COLOURS.length]!,
      variants: [{ sku, label: 'One size' }],
    };
  });
}

/** The listing page's products: the tee, the named products, then generated ones; `count` in all. */
export function listingProducts(count = 48): DemoProduct[] {
  return [featuredProduct, ...storeProducts, ...generatedProducts(count)].slice(0, count);
}

/** A SKU's product and variant label, for the pages that show a line of it (cart, checkout). */
export function productOf(sku: string): { product: DemoProduct; variant: string } | undefined {
  for (const product of [featuredProduct, ...storeProducts, ...generatedProducts(200)]) {
    const variant = product.variants.find((candidate) => candidate.sku === sku);
    if (variant) return { product, variant: variant.label };
  }
  return undefined;
}

/** A listing item's availability: a spread of states, mostly in stock like a real shop. */
function listingItem(sku: string, index: number): CatalogueItem {
  switch (index % 8) {
    case 3:
      return { sku, quantity: 2 };
    case 5:
      return { sku, quantity: 0, backorderable: true, restockDate: inDays(4 + (index % 9)) };
    case 6:
      return index % 16 === 6 ? { sku, status: 'out-of-stock', quantity: 0 } : { sku, quantity: 4 };
    default:
      return { sku, quantity: 10 + index };
  }
}

/** A line of the demo cart. */
export interface CartLine {
  sku: string;
  quantity: number;
}

/**
 * The cart the checkout shows until the shopper adds something: one line all
 * in stock, one partly in stock (Blue / L: 1 now, more in 5 days), one sold out
 * for longer than a backorder may wait.
 */
export const sampleCart: CartLine[] = [
  { sku: 'SOCKS-CHARCOAL-39', quantity: 2 },
  { sku: 'TEE-BLUE-L', quantity: 3 },
  { sku: 'SHELL-MOSS-M', quantity: 1 },
];

/** The gallery's back-in-stock forms, one SKU each. */
export const GALLERY_NOTIFY_FORMS = [
  'IDLE',
  'CONSENT',
  'ERROR',
  'SUCCESS',
  'SUBSCRIBED',
  'QUEUED',
  'UNAVAILABLE',
  'RETURNING',
  'ASK',
  'SENDING',
  'REFUSED',
  'BUSY',
  'SLOTTED',
] as const;

/** A merchant's note too long for the reserved line: the gallery shows it cut short. */
export const LONG_NOTE =
  'New batch arriving from our mill in Biella: every piece is dyed by hand and checked twice, so this run takes a little longer than usual.';

/**
 * The designers' state gallery: one SKU per state of every element
 * (demo/gallery.html). `quantity` in the comments is what the gallery's cart
 * line asks for.
 */
export function galleryItems(): CatalogueItem[] {
  return [
    { sku: 'GALLERY-IN-STOCK', quantity: 120 },
    { sku: 'GALLERY-LOW-STOCK', quantity: 3, message: 'Last few from this season’s run' },
    {
      sku: 'GALLERY-BACKORDER',
      status: 'backorder',
      quantity: 0,
      backorderable: true,
      restockDate: inDays(9),
      message: 'New batch arriving from our mill',
    },
    { sku: 'GALLERY-PREORDER', status: 'preorder', backorderable: true, restockDate: inDays(30) },
    { sku: 'GALLERY-OUT-OF-STOCK', status: 'out-of-stock', quantity: 0, restockDate: inDays(45) },
    { sku: 'GALLERY-DISCONTINUED', status: 'discontinued', quantity: 0 },
    { sku: 'GALLERY-ANY-DAY', status: 'backorder', quantity: 0, restockDate: inDays(-2) },
    { sku: 'GALLERY-NO-DATE', quantity: 0, backorderable: true },
    { sku: 'GALLERY-LONG-NOTE', quantity: 2, message: LONG_NOTE },
    // backorder-option, 3 in the cart: split, together or cancel.
    {
      sku: 'GALLERY-BO-SPLIT',
      quantity: 1,
      backorderable: true,
      backorderLimit: 40,
      restockDate: inDays(5),
    },
    // 2 in the cart, nothing ships now: together or cancel.
    { sku: 'GALLERY-BO-NONE-NOW', quantity: 0, backorderable: true, restockDate: inDays(12) },
    // 2 in the cart, refused: the wait is longer than max-backorder-days.
    { sku: 'GALLERY-BO-TOO-FAR', quantity: 0, backorderable: true, restockDate: inDays(60) },
    // 3 in the cart, refused: not backorderable.
    { sku: 'GALLERY-BO-NOT-BACKORDERABLE', quantity: 1, backorderable: false },
    // 2 in the cart, refused: discontinued.
    { sku: 'GALLERY-BO-DISCONTINUED', status: 'discontinued', quantity: 1 },
    // 6 in the cart, 1 in stock, at most 2 more before the restock.
    {
      sku: 'GALLERY-BO-OVER-LIMIT',
      quantity: 1,
      backorderable: true,
      backorderLimit: 2,
      restockDate: inDays(6),
    },
    // 2 in the cart, none in stock: due already ("any day now"), or no date known.
    { sku: 'GALLERY-BO-ANY-DAY', quantity: 0, backorderable: true, restockDate: inDays(-1) },
    { sku: 'GALLERY-BO-NO-DATE', quantity: 0, backorderable: true },
    // notify-me-form, one SKU per form (sign-ups are remembered per SKU): sold out for a while.
    ...GALLERY_NOTIFY_FORMS.map((form) => ({
      sku: `GALLERY-NOTIFY-${form}`,
      status: 'out-of-stock',
      quantity: 0,
      restockDate: inDays(45),
    })),
  ];
}

/** Every item the demo endpoint knows, by SKU. */
export function catalogue(): Map<string, CatalogueItem> {
  const items = new Map<string, CatalogueItem>();
  for (const item of [...featuredItems(), ...storeItems(), ...galleryItems()])
    items.set(item.sku, item);
  generatedProducts(200).forEach((product, index) => {
    const sku = product.variants[0]!.sku;
    items.set(sku, listingItem(sku, index));
  });
  return items;
}
