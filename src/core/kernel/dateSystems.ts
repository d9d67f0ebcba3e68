/**
 * Excel's two date systems. A workbook counts its date serials from 1900-01-01 (serial 1, the Windows default
 * and core's own system, see dates.ts) or from 1904-01-01 (serial 0, Excel for Mac's old default): the same
 * calendar day is 1462 more in the 1900 system. Core works in the 1900 system throughout; a serial read from a
 * 1904 workbook is converted on the way in ({@link toSerial1900}) and a serial written into one on the way out
 * ({@link fromSerial1900}). Text dates name calendar days, so they are read as 1900 serials and converted only
 * when written. A time of day (the fraction) is kept: only whole days shift.
 */

/** The date system of a workbook: the year its serials count from. */
export type DateSystem = 1900 | 1904;

/**
 * Days between the systems: 1904-01-01 is serial 1462 in the 1900 system and 0 in the 1904 system.
 * Tested surface: exported for its tests.
 */
export const DATE_SYSTEM_OFFSET = 1462;

/**
 * A serial of a workbook in `system` as the 1900-system serial of the same day: what core computes with
 * (2025-07-01 is 44377 in a 1904 workbook, 45839 in a 1900 one).
 * @example toSerial1900(44377, 1904) // 45839
 * @example toSerial1900(45839, 1900) // 45839
 */
export function toSerial1900(serial: number, system: DateSystem): number {
  return system === 1904 ? serial + DATE_SYSTEM_OFFSET : serial;
}

/**
 * A 1900-system serial as the serial of the same day in a workbook of `system`: what to write there. Days
 * before 1904-01-01 have no serial in the 1904 system (they come out negative; Excel shows ####).
 * @example fromSerial1900(45839, 1904) // 44377
 * @example fromSerial1900(45839.5, 1904) // 44377.5
 * @example fromSerial1900(45839, 1900) // 45839
 */
export function fromSerial1900(serial: number, system: DateSystem): number {
  return system === 1904 ? serial - DATE_SYSTEM_OFFSET : serial;
}

/**
 * The date system of a workbook from what its DATE(1904, 1, 1) gives: 0 in a 1904 workbook, 1462 in a 1900
 * one. Anything else (an error, nothing) is taken as the 1900 system, Excel's default.
 * @example dateSystemFromProbe(0) // 1904
 * @example dateSystemFromProbe(1462) // 1900
 */
export function dateSystemFromProbe(dateOf1904: unknown): DateSystem {
  return dateOf1904 === 0 ? 1904 : 1900;
}
