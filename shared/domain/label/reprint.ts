// Why a document is printed again, as the short code printed on it: whoever holds two labels for one
// parcel sees which is the reprint and why. The operator's own words stay in the print ledger.
export const REPRINT_CODES = ['DAMAGED', 'JAM', 'LOST', 'OTHER'] as const;
export type ReprintCode = (typeof REPRINT_CODES)[number];

export interface Reprint {
  code: ReprintCode;
}

/** The black-box marker a reprint carries next to PREORDER, RETURN, …: "REPRINT: DAMAGED". */
export function reprintMarker(reprint: Reprint): string {
  return `REPRINT: ${reprint.code}`;
}
