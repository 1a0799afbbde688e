// What `station help` lists, command by command, without loading any command: a command's module
// (and the station core behind it) is imported only when that command runs.

export const COMMAND_HELP = {
  start: {
    name: 'start',
    summary: 'start the Packing Station app (browser mode where Electron cannot run)',
    usage: 'station start [--no-electron] [--port N] [--db PATH] [--demo-orders N]',
  },
  browser: {
    name: 'browser',
    summary: 'serve the station UI to a browser on this machine; prints {"url":…} once it listens',
    usage: 'station browser [--port N] [--db PATH] [--demo-orders N]',
  },
  simulator: {
    name: 'simulator',
    summary: 'run the built-in Equipme simulator until killed',
    usage: 'station simulator [--port N] [--seed N] [--orders N] [--api-key K] [--faults SPEC]',
  },
  orders: {
    name: 'orders',
    summary:
      "list fulfillment orders from the API; --source S lists that source's open orders through its order source (--status/--type stay Equipme's listing)",
    usage:
      'station orders [--source equipme|marketplace|emporix] [--status S[,S…]] [--type T[,T…]] [--limit N] [--json] [--api-url U --api-key K] [--url U --account A --secret S]',
  },
  'sales-order': {
    name: 'sales-order',
    summary:
      'show one sales order from the API: customer, buyer, how many fulfillment orders, the note (emporix:ID: one Emporix sales order, fresh)',
    usage:
      'station sales-order <id|equipme:id|emporix:ID> [--json] [--api-url U --api-key K] [--url U --account TENANT --secret TOKEN]',
  },
  customer: {
    name: 'customer',
    summary: "show one customer from the API: language, contact, active; --metadata adds the tenant's keys",
    usage: 'station customer <id|equipme:id> [--metadata] [--json] [--api-url U --api-key K]',
  },
  pull: {
    name: 'pull',
    summary:
      'fetch all open orders from the API (or, with --source, from a shop) into the station database; Equipme not while switched off in Settings',
    usage:
      'station pull [--source equipme|marketplace|emporix] [--json] [--db PATH] [--api-url U --api-key K] [--url U --account A --secret S]',
  },
  sync: {
    name: 'sync',
    summary:
      'send queued changes and pull orders until stopped (or until the outbox is empty); exits 1 while Equipme is switched off in Settings, and follows the switch while it runs',
    usage: 'station sync [--until-empty [--timeout SECONDS]] [--db PATH] [--api-url U --api-key K]',
  },
  transition: {
    name: 'transition',
    summary: 'queue a status change of an order in the outbox (sent by `station sync`)',
    usage:
      'station transition <orderId|S:id> <action> [--activation-date DATE] [--operator NAME] [--json] [--db PATH]',
  },
  outbox: {
    name: 'outbox',
    summary: 'list queued status changes, oldest first',
    usage: 'station outbox [--state S[,S…]] [--order ID|S:id] [--json] [--db PATH]',
  },
  retry: {
    name: 'retry',
    summary:
      "send a failed outbox entry again (and release the entries it held up); entryId is the entry's id from `station outbox`, not an order id",
    usage: 'station retry <entryId> [--operator NAME] [--json] [--db PATH]',
  },
  discard: {
    name: 'discard',
    summary:
      "give up an outbox entry and the later changes of its order; entryId is the entry's id from `station outbox`, not an order id",
    usage: 'station discard <entryId> --reason TEXT [--operator NAME] [--json] [--db PATH]',
  },
  diagnostics: {
    name: 'diagnostics',
    summary:
      'where Equipme and the lifecycle table disagreed, and the locked orders; --zip writes the support zip',
    usage: 'station diagnostics [--json] [--zip FILE] [--db PATH]',
  },
  backup: {
    name: 'backup',
    summary: 'write a checked backup of the station database (to <data>/backups/, 7 kept, or to --out)',
    usage: 'station backup [--out FILE] [--json] [--db PATH]',
  },
  restore: {
    name: 'restore',
    summary:
      'replace the station database by a backup (the station must be closed; the current file is kept)',
    usage: 'station restore <backup-file> [--json] [--db PATH]',
  },
  print: {
    name: 'print',
    summary: 'print the label or packing slip of a cached order (a second print needs --reprint-reason)',
    usage:
      'station print <orderId|S:id> [--kind label|slip] [--printer NAME] [--packages N] [--reprint-reason TEXT] [--operator NAME] [--json] [--db PATH]',
  },
  printers: {
    name: 'printers',
    summary: 'list, add, remove and test printers; default printer per document, ship-from, auto-print',
    usage:
      'station printers [--add NAME --kind zpl|escpos|star|pdf-file|png-file --address tcp://HOST:PORT|printer:QUEUE|/FOLDER [--dpi 203|300] [--media M] [--code-page P]] [--remove NAME] [--default-label NAME] [--default-slip NAME] [--auto-print label,slip|none] [--ship-from JSON] [--test NAME] [--status NAME] [--json] [--db PATH]',
  },
  logs: {
    name: 'logs',
    summary: "print the station's log (secrets redacted); --follow keeps printing until Ctrl-C",
    usage: 'station logs [--follow] [--lines N] [--db PATH]',
  },
  sources: {
    name: 'sources',
    summary:
      'each order source: on or off, whether it takes status changes or is read-only, where it is, its last pull, cached open orders, packed here',
    usage: 'station sources [--json] [--db PATH]',
  },
  export: {
    name: 'export',
    summary: "what was packed here for one source since a date, as CSV or JSON for the shop's back office",
    usage:
      'station export --source equipme|marketplace|emporix --since DATE [--format csv|json] [--out FILE] [--db PATH]',
  },
} as const;

export type CommandName = keyof typeof COMMAND_HELP;
