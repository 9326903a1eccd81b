import Taro, { answerModals } from '../../test/taro-double';
import { ask, askTwice } from './confirm';

describe('confirm', () => {
  it('needs both answers for what cannot be undone', async () => {
    answerModals(true, false);
    expect(
      await askTwice(
        { title: '取消活动', content: '确定吗？', confirmText: '继续' },
        { title: '请再次确认', content: '此操作无法撤销。', confirmText: '取消活动' },
      ),
    ).toBe(false);
    answerModals(true, true);
    expect(
      await askTwice(
        { title: '取消活动', content: '确定吗？', confirmText: '继续' },
        { title: '请再次确认', content: '此操作无法撤销。', confirmText: '取消活动' },
      ),
    ).toBe(true);
    expect(Taro.showModal).toHaveBeenCalledTimes(4);
  });

  it('is refused, as on the phone, for a button text over 4 characters', async () => {
    answerModals(true);
    await expect(
      ask({ title: '请再次确认', content: '确定吗？', confirmText: '确认取消活动' }),
    ).rejects.toBeTruthy();
  });
});
