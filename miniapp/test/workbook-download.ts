// What an H5 workbook download does in a page test: the tap fetches the bytes with the token, and
// the browser is handed a file of that name (jsdom saves nothing).
import { jest } from '@jest/globals';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import Taro from './taro-double';

/** Taps `buttonText`, answers the workbook's GET, and returns the request's URL, its token and the file name. */
export async function downloadWorkbook(
  buttonText: string,
): Promise<{ url: string; authorization: string | undefined; fileName: string }> {
  const names: string[] = [];
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
  Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined });
  const original = Taro.request.getMockImplementation();
  let asked: { url: string; authorization: string | undefined } | null = null;
  Taro.request.mockImplementationOnce(async (options) => {
    asked = { url: options.url, authorization: options.header?.Authorization };
    return { statusCode: 200, data: new ArrayBuffer(4), header: {}, errMsg: 'request:ok' } as never;
  });
  try {
    fireEvent.click(screen.getByText(buttonText));
    await waitFor(() => expect(names).toHaveLength(1));
  } finally {
    click.mockRestore();
    if (original) Taro.request.mockImplementation(original);
  }
  return { ...asked!, fileName: names[0]! };
}
