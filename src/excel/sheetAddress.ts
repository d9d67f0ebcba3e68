/** Full Excel addresses ("'My Sheet'!B3") split into their sheet and cell parts. */

/**
 * Splits an Excel address such as `'My Sheet'!B3` into its sheet name and cell address.
 * @example splitAddress("'Bob''s deals'!C7") // { sheet: "Bob's deals", address: "C7" }
 * @example splitAddress("B3") // { sheet: "", address: "B3" }
 */
export function splitAddress(fullAddress: string): { sheet: string; address: string } {
  const bang = fullAddress.lastIndexOf("!");
  if (bang < 0) return { sheet: "", address: fullAddress };
  const rawSheet = fullAddress.slice(0, bang);
  const sheet =
    rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return { sheet, address: fullAddress.slice(bang + 1) };
}
