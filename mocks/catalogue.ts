/**
 * The demo catalogue: a product with variants covering every state, and a
 * listing of generated products. Dates are relative to today, so the demo
 * always shows a near backorder, a far restock and an upcoming release.
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

/** Items for the featured product, one per state. */
export function featuredItems(): CatalogueItem[] {
  return [
    { sku: 'TEE-BLUE-S', quantity: 24 },
    { sku: 'TEE-BLUE-M', quantity: 3, message: 'Last few from this season’s run' },
    {
      sku: 'TEE-BLUE-L',
      status: 'backorder',
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
    { sku: 'TEE-GREEN-M', status: 'PreOrder', backorderable: true, restockDate: inDays(30) },
    { sku: 'TEE-ORANGE-M', status: 'discontinued', quantity: 0 },
  ];
}

const NAMES = [
  'Linen Shirt',
  'Wool Beanie',
  'Canvas Tote',
  'Trail Socks',
  'Rain Shell',
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

/** The listing page's products: `count` of them, with one SKU each. */
export function listingProducts(count = 48): DemoProduct[] {
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

/** A line of the demo checkout: a product, the quantity in the cart, and its SKU. */
export interface CheckoutLine {
  sku: string;
  name: string;
  variant: string;
  price: number;
  colour: string;
  quantity: number;
}

/** The demo checkout's cart: one line all in stock, one partly in stock, one sold out for long. */
export const checkoutLines: CheckoutLine[] = [
  {
    sku: 'CHECKOUT-SOCKS',
    name: 'Trail Socks',
    variant: 'Charcoal / 39–42',
    price: 14,
    colour: '#37474f',
    quantity: 2,
  },
  {
    sku: 'CHECKOUT-TEE',
    name: 'Merino Crew Tee',
    variant: 'Blue / L',
    price: 59,
    colour: '#4a6fa5',
    quantity: 3,
  },
  {
    sku: 'CHECKOUT-SHELL',
    name: 'Rain Shell',
    variant: 'Moss / M',
    price: 189,
    colour: '#5b8a5a',
    quantity: 1,
  },
];

/** Availability of the checkout lines; dates relative to today. */
export function checkoutItems(): CatalogueItem[] {
  return [
    { sku: 'CHECKOUT-SOCKS', quantity: 40 },
    {
      sku: 'CHECKOUT-TEE',
      quantity: 1,
      backorderable: true,
      backorderLimit: 40,
      restockDate: inDays(5),
      message: 'New batch arriving from our mill',
    },
    {
      sku: 'CHECKOUT-SHELL',
      status: 'out-of-stock',
      quantity: 0,
      backorderable: true,
      restockDate: inDays(60),
    },
  ];
}

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
] as const;

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
  for (const item of featuredItems()) items.set(item.sku, item);
  for (const item of checkoutItems()) items.set(item.sku, item);
  for (const item of galleryItems()) items.set(item.sku, item);
  listingProducts(200).forEach((product, index) => {
    const sku = product.variants[0]!.sku;
    items.set(sku, listingItem(sku, index));
  });
  return items;
}
