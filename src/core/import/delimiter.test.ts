import { detectDelimiter } from "./delimiter";

describe("detectDelimiter", () => {
  it("finds comma, semicolon and tab when each splits every record alike", () => {
    expect(detectDelimiter("id,name,amount\n1,a,5\n2,b,6\n")).toBe(",");
    expect(detectDelimiter("id;name;amount\n1;a;1,5\n2;b;2,5\n")).toBe(";");
    expect(detectDelimiter("id\tname\tnote\n1\ta, b\tc; d\n")).toBe("\t");
  });

  it("ignores delimiters inside quoted fields, also across line breaks", () => {
    expect(detectDelimiter('id,note\n1,"a;b;c"\n2,"x\ny;z"\n')).toBe(",");
  });

  it("ignores blank lines and a last record cut by the sample", () => {
    expect(detectDelimiter("a;b\r\n\r\n1;2\r\n\r\n3;4")).toBe(";");
  });

  it("falls back to the most frequent delimiter, and to comma for a single column", () => {
    expect(detectDelimiter("a,b,c\n1,2\n3,4,5,6\n")).toBe(",");
    expect(detectDelimiter("name\nAcme\n")).toBe(",");
  });
});
