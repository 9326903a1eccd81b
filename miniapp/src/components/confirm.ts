import Taro from '@tarojs/taro';

type Question = { title: string; content: string; confirmText: string; cancelText?: string };

// Taro's H5 modal hides itself on timers (fade out, then display: none 200 ms later) that a modal
// opened at once does not clear: a second question asked right after the first vanished before the
// person could answer it. So each question waits until the previous modal has gone.
const modalGoneMs = 260;
let lastClosedAt = 0;

/** Asks one question in a modal; true when the person confirmed. `danger` colours it red. */
export async function ask(question: Question, danger = false): Promise<boolean> {
  const wait = lastClosedAt + modalGoneMs - Date.now();
  if (process.env.TARO_ENV === 'h5' && wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const answer = await Taro.showModal({
    title: question.title,
    content: question.content,
    confirmText: question.confirmText,
    cancelText: question.cancelText ?? '取消',
    confirmColor: danger ? '#b3261e' : '#0b5c7a',
  });
  lastClosedAt = Date.now();
  return answer.confirm;
}

/** What cannot be undone is confirmed twice: both answers must be yes. */
export async function askTwice(first: Question, second: Question): Promise<boolean> {
  return (await ask(first, true)) && (await ask(second, true));
}
