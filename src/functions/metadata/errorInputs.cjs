"use strict";
/**
 * Lets an Excel error in the user's range reach the FUNNEL functions, so that a #N/A in a column gets the
 * function's own message (which argument, which row) instead of Excel answering #N/A itself. Plain
 * CommonJS so webpack.config.js can require it; the golden test runs it on the generated metadata too.
 *
 * Excel's rule (custom-functions-json, "allowErrorForDataTypeAny"): the flag is a top-level property of the
 * metadata file, not of a parameter; with it, every parameter typed `any` — a single value or a range
 * (`any[][]`) — receives error cells as values. Parameters typed string, number or boolean are still
 * short-circuited by Excel. custom-functions-metadata 2.x has no JSDoc tag for the flag, so the build adds
 * it here, and checks that every range parameter is typed `any` (unknown[][] in functions.ts): a range
 * typed otherwise would never see the errors, and the build fails naming it.
 */

/**
 * The metadata JSON text with `allowErrorForDataTypeAny: true`, placed after `allowCustomDataForDataTypeAny`.
 * @param {string} metadataJsonText functions.json as the custom-functions-metadata generator writes it
 * @returns {string} the same metadata with the flag (4-space indented, as the generator writes)
 * @throws {Error} listing every range (matrix) parameter whose type is not `any`
 * @example allowErrorInputs(fs.readFileSync("dist/functions.json", "utf8"))
 */
function allowErrorInputs(metadataJsonText) {
  const metadata = JSON.parse(metadataJsonText);
  const typedRanges = [];
  for (const fn of metadata.functions || []) {
    for (const parameter of fn.parameters || []) {
      const type = parameter.type === undefined ? "any" : parameter.type;
      if (parameter.dimensionality === "matrix" && type !== "any") {
        typedRanges.push(`${fn.id}: ${parameter.name} (${type}[][])`);
      }
    }
  }
  if (typedRanges.length > 0) {
    throw new Error(
      "These range parameters are not typed any, so Excel would still answer an error cell in them itself " +
        `(type them unknown[][]): ${typedRanges.join(", ")}`,
    );
  }
  const { allowCustomDataForDataTypeAny, ...rest } = metadata;
  delete rest.allowErrorForDataTypeAny;
  const withFlag = {
    ...(allowCustomDataForDataTypeAny === undefined ? {} : { allowCustomDataForDataTypeAny }),
    allowErrorForDataTypeAny: true,
    ...rest,
  };
  return JSON.stringify(withFlag, null, 4);
}

module.exports = { allowErrorInputs };
