import { ApiError, errorFromResponse, errorMessage, hasErrorCode, networkError } from './errors';

describe('errors of the API client', () => {
  it('keeps a code of the closed list with the server’s message and details', () => {
    const error = errorFromResponse(409, {
      error: { code: 'INVALID_TICKET', message: '入场码无效', details: { ticket: 'x' } },
    });
    expect(error).toMatchObject({ status: 409, code: 'INVALID_TICKET', message: '入场码无效' });
    expect(error.details).toEqual({ ticket: 'x' });
    expect(hasErrorCode(error, 'INVALID_TICKET')).toBe(true);
    expect(hasErrorCode(error, 'EVENT_FULL')).toBe(false);
  });

  it('gives a code the contract does not have the nearest one, keeping the message', () => {
    const error = errorFromResponse(409, { error: { code: 'SOMETHING_NEW', message: '新的错误' } });
    expect(error).toMatchObject({ code: 'INTERNAL', message: '新的错误' });
    expect(errorFromResponse(404, { message: 'Not Found' })).toMatchObject({
      code: 'NOT_FOUND',
      message: '内容不存在',
    });
    expect(errorFromResponse(401, '{"error":')).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: '请先登录',
    });
  });

  it('tells a network failure apart and has Chinese text for anything else thrown', () => {
    expect(networkError()).toMatchObject({ status: 0, code: 'NETWORK' });
    expect(hasErrorCode(new Error('x'), 'NETWORK')).toBe(false);
    expect(errorMessage(new ApiError(500, 'INTERNAL', '服务出错了'))).toBe('服务出错了');
    expect(errorMessage(new Error('boom'))).toBe('出错了，请稍后重试');
  });
});
