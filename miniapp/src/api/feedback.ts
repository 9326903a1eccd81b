import Taro from '@tarojs/taro';
import { errorMessage } from './errors';

/** Shows the server's Chinese message (or the network message) in a toast. */
export function toastError(error: unknown): void {
  void Taro.showToast({ title: errorMessage(error), icon: 'none', duration: 3000 });
}

export function toastSuccess(title: string): void {
  void Taro.showToast({ title, icon: 'success', duration: 2000 });
}
