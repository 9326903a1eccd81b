import QRCode from 'qrcode/lib/core/qrcode';

/**
 * The dark/light modules of a ticket's QR code. Bytes are passed in, not the string: qrcode
 * encodes strings with TextEncoder, which the WeChat runtime may lack. Tickets are ASCII; any
 * other character is sent as UTF-8 by hand.
 */
export function qrMatrix(text: string): boolean[][] {
  const code = QRCode.create([{ data: utf8Bytes(text), mode: 'byte' }], { errorCorrectionLevel: 'M' });
  const { size, data } = code.modules;
  const rows: boolean[][] = [];
  for (let y = 0; y < size; y++) {
    const row: boolean[] = [];
    for (let x = 0; x < size; x++) row.push(Boolean(data[y * size + x]));
    rows.push(row);
  }
  return rows;
}

function utf8Bytes(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const c = char.codePointAt(0) as number;
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return new Uint8Array(bytes);
}
