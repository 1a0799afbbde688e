// The packing slip goes into the parcel, so its fixed texts are in the customer's language: every
// language Equipme lists for a customer (sales spec, `Language`). Anything else — a language a newer
// Equipme adds, none at all — prints in English. The shipping label stays English for the carrier.

export const SLIP_LANGUAGES = ['en', 'de', 'fr', 'it', 'pl', 'nb', 'nl', 'es'] as const;
export type SlipLanguage = (typeof SLIP_LANGUAGES)[number];

/** The slip's language for a customer's `language` (untrusted API text): English unless we know it. */
export function slipLanguageOf(language: unknown): SlipLanguage {
  if (typeof language !== 'string') return 'en';
  const code = language.trim().toLowerCase();
  return (SLIP_LANGUAGES as readonly string[]).includes(code) ? (code as SlipLanguage) : 'en';
}

/** A count's noun in each plural form the language has (Intl.PluralRules categories). */
type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

interface SlipWords {
  title: string;
  continued: string;
  shipTo: string;
  qty: string;
  partNumber: string;
  product: string;
  /** The stacked table's second column title, on narrow paper. */
  partAndProduct: string;
  noItems: string;
  /** "2 lines, 5 items in total": the line and item nouns, and how they are joined. */
  line: Plural;
  item: Plural;
  totals: (lines: string, items: string) => string;
  order: string;
  orderDate: string;
  customer: string;
  yourReference: string;
  yourRef: string;
  fulfillmentOrder: string;
  fulfillment: string;
  packed: string;
  orderedBy: string;
  /** The caption over the customer's note to the sales order. */
  customerNote: string;
  page: (orderNumber: string, page: number, pages: number) => string;
}

const WORDS: Record<SlipLanguage, SlipWords> = {
  en: {
    title: 'PACKING SLIP',
    continued: 'PACKING SLIP (continued)',
    shipTo: 'SHIP TO',
    qty: 'Qty',
    partNumber: 'Part number',
    product: 'Product',
    partAndProduct: 'Part number, product',
    noItems: 'No items on this order.',
    line: { one: 'line', other: 'lines' },
    item: { one: 'item', other: 'items' },
    totals: (lines, items) => `${lines}, ${items} in total`,
    order: 'Order',
    orderDate: 'Order date',
    customer: 'Customer',
    yourReference: 'Your reference',
    yourRef: 'Your ref.',
    fulfillmentOrder: 'Fulfillment order',
    fulfillment: 'Fulfillment',
    packed: 'Packed',
    orderedBy: 'Ordered by',
    customerNote: "CUSTOMER'S NOTE",
    page: (order, page, pages) => `Order ${order} · page ${page} of ${pages}`,
  },
  de: {
    title: 'LIEFERSCHEIN',
    continued: 'LIEFERSCHEIN (Fortsetzung)',
    shipTo: 'LIEFERADRESSE',
    qty: 'Menge',
    partNumber: 'Artikelnummer',
    product: 'Produkt',
    partAndProduct: 'Artikelnummer, Produkt',
    noItems: 'Dieser Auftrag enthält keine Artikel.',
    line: { one: 'Position', other: 'Positionen' },
    item: { other: 'Artikel' },
    totals: (lines, items) => `${lines}, ${items} insgesamt`,
    order: 'Bestellung',
    orderDate: 'Bestelldatum',
    customer: 'Kunde',
    yourReference: 'Ihre Referenz',
    yourRef: 'Ihre Ref.',
    fulfillmentOrder: 'Fulfillment-Auftrag',
    fulfillment: 'Fulfillment',
    packed: 'Verpackt',
    orderedBy: 'Bestellt von',
    customerNote: 'NOTIZ DES KUNDEN',
    page: (order, page, pages) => `Bestellung ${order} · Seite ${page} von ${pages}`,
  },
  fr: {
    title: 'BON DE LIVRAISON',
    continued: 'BON DE LIVRAISON (suite)',
    shipTo: 'LIVRER À',
    qty: 'Qté',
    partNumber: 'Référence',
    product: 'Produit',
    partAndProduct: 'Référence, produit',
    noItems: 'Cette commande ne contient aucun article.',
    line: { one: 'ligne', other: 'lignes' },
    item: { one: 'article', other: 'articles' },
    totals: (lines, items) => `${lines}, ${items} au total`,
    order: 'Commande',
    orderDate: 'Date de commande',
    customer: 'Client',
    yourReference: 'Votre référence',
    yourRef: 'Votre réf.',
    fulfillmentOrder: 'Ordre de préparation',
    fulfillment: 'Préparation',
    packed: 'Emballé',
    orderedBy: 'Commandé par',
    customerNote: 'NOTE DU CLIENT',
    page: (order, page, pages) => `Commande ${order} · page ${page} sur ${pages}`,
  },
  it: {
    title: 'DOCUMENTO DI TRASPORTO',
    continued: 'DOCUMENTO DI TRASPORTO (segue)',
    shipTo: 'DESTINATARIO',
    qty: 'Qtà',
    partNumber: 'Codice articolo',
    product: 'Prodotto',
    partAndProduct: 'Codice articolo, prodotto',
    noItems: 'Questo ordine non contiene articoli.',
    line: { one: 'riga', other: 'righe' },
    item: { one: 'articolo', other: 'articoli' },
    totals: (lines, items) => `${lines}, ${items} in totale`,
    order: 'Ordine',
    orderDate: 'Data ordine',
    customer: 'Cliente',
    yourReference: 'Vostro riferimento',
    yourRef: 'Vs. rif.',
    fulfillmentOrder: 'Ordine di evasione',
    fulfillment: 'Evasione',
    packed: 'Imballato',
    orderedBy: 'Ordinato da',
    customerNote: 'NOTA DEL CLIENTE',
    page: (order, page, pages) => `Ordine ${order} · pagina ${page} di ${pages}`,
  },
  pl: {
    title: 'LISTA PAKOWA',
    continued: 'LISTA PAKOWA (ciąg dalszy)',
    shipTo: 'ODBIORCA',
    qty: 'Ilość',
    partNumber: 'Numer katalogowy',
    product: 'Produkt',
    partAndProduct: 'Numer katalogowy, produkt',
    noItems: 'To zamówienie nie zawiera pozycji.',
    line: { one: 'pozycja', few: 'pozycje', many: 'pozycji', other: 'pozycji' },
    item: { one: 'sztuka', few: 'sztuki', many: 'sztuk', other: 'sztuki' },
    totals: (lines, items) => `${lines}, łącznie ${items}`,
    order: 'Zamówienie',
    orderDate: 'Data zamówienia',
    customer: 'Klient',
    yourReference: 'Wasz numer',
    yourRef: 'Wasz nr',
    fulfillmentOrder: 'Zlecenie realizacji',
    fulfillment: 'Realizacja',
    packed: 'Spakowano',
    orderedBy: 'Zamawiający',
    customerNote: 'UWAGI KLIENTA',
    page: (order, page, pages) => `Zamówienie ${order} · strona ${page} z ${pages}`,
  },
  nb: {
    title: 'PAKKSEDDEL',
    continued: 'PAKKSEDDEL (fortsatt)',
    shipTo: 'MOTTAKER',
    qty: 'Antall',
    partNumber: 'Varenummer',
    product: 'Produkt',
    partAndProduct: 'Varenummer, produkt',
    noItems: 'Denne ordren har ingen varer.',
    line: { one: 'linje', other: 'linjer' },
    item: { one: 'vare', other: 'varer' },
    totals: (lines, items) => `${lines}, ${items} totalt`,
    order: 'Ordre',
    orderDate: 'Ordredato',
    customer: 'Kunde',
    yourReference: 'Deres referanse',
    yourRef: 'Deres ref.',
    fulfillmentOrder: 'Leveringsordre',
    fulfillment: 'Levering',
    packed: 'Pakket',
    orderedBy: 'Bestilt av',
    customerNote: 'KUNDENS MERKNAD',
    page: (order, page, pages) => `Ordre ${order} · side ${page} av ${pages}`,
  },
  nl: {
    title: 'PAKBON',
    continued: 'PAKBON (vervolg)',
    shipTo: 'AFLEVERADRES',
    qty: 'Aantal',
    partNumber: 'Artikelnummer',
    product: 'Product',
    partAndProduct: 'Artikelnummer, product',
    noItems: 'Deze order bevat geen artikelen.',
    line: { one: 'regel', other: 'regels' },
    item: { one: 'artikel', other: 'artikelen' },
    totals: (lines, items) => `${lines}, ${items} in totaal`,
    order: 'Order',
    orderDate: 'Orderdatum',
    customer: 'Klant',
    yourReference: 'Uw referentie',
    yourRef: 'Uw ref.',
    fulfillmentOrder: 'Fulfilmentorder',
    fulfillment: 'Fulfilment',
    packed: 'Verpakt',
    orderedBy: 'Besteld door',
    customerNote: 'NOTITIE VAN DE KLANT',
    page: (order, page, pages) => `Order ${order} · pagina ${page} van ${pages}`,
  },
  es: {
    title: 'ALBARÁN',
    continued: 'ALBARÁN (continuación)',
    shipTo: 'DESTINATARIO',
    qty: 'Cant.',
    partNumber: 'Referencia',
    product: 'Producto',
    partAndProduct: 'Referencia, producto',
    noItems: 'Este pedido no contiene artículos.',
    line: { one: 'línea', other: 'líneas' },
    item: { one: 'artículo', other: 'artículos' },
    totals: (lines, items) => `${lines}, ${items} en total`,
    order: 'Pedido',
    orderDate: 'Fecha del pedido',
    customer: 'Cliente',
    yourReference: 'Su referencia',
    yourRef: 'Su ref.',
    fulfillmentOrder: 'Orden de preparación',
    fulfillment: 'Preparación',
    packed: 'Embalado',
    orderedBy: 'Pedido por',
    customerNote: 'NOTA DEL CLIENTE',
    page: (order, page, pages) => `Pedido ${order} · página ${page} de ${pages}`,
  },
};

/** The slip's fixed texts in one language. */
export interface SlipTexts extends Omit<SlipWords, 'line' | 'item' | 'totals'> {
  language: SlipLanguage;
  /** "2 lines, 5 items in total", with each noun in the count's plural form. */
  totals: (lines: number, items: number) => string;
}

const textsCache = new Map<SlipLanguage, SlipTexts>();

export function slipTexts(language: SlipLanguage = 'en'): SlipTexts {
  const cached = textsCache.get(language);
  if (cached) return cached;
  const { line, item, totals, ...words } = WORDS[language];
  const rules = new Intl.PluralRules(language);
  const counted = (n: number, noun: Plural) => `${n} ${noun[rules.select(n)] ?? noun.other}`;
  const texts: SlipTexts = {
    ...words,
    language,
    totals: (lines, items) => totals(counted(lines, line), counted(items, item)),
  };
  textsCache.set(language, texts);
  return texts;
}
