import { errorMessage, hasErrorCode } from '../../../api/errors';
import { formatDistance } from '../../../venues/location';
import { maxAccuracyM, type CheckinMode } from '../../../venues/schemas';

/** A refused check-in in plain words: what happened, and what to do now. */
export interface CheckinProblem {
  headline: string;
  detail: string;
}

const whatTheModeNeeds: Record<CheckinMode, string> = {
  screen: '请扫描场馆屏幕上正在显示的二维码，或输入二维码下方的打卡码。',
  poster: '本场馆打卡需要扫描现场张贴的二维码，并允许读取一次您的位置。',
  geo: '本场馆打卡需要允许读取一次您的位置。',
};

const numberIn = (details: Record<string, unknown> | undefined, key: string) =>
  typeof details?.[key] === 'number' ? (details[key] as number) : null;

export function checkinProblem(error: unknown, mode: CheckinMode): CheckinProblem {
  if (hasErrorCode(error, 'INVALID_CODE'))
    return {
      headline: '打卡码不对',
      detail:
        '这不是本场馆现在的打卡码。请扫描场馆现场的打卡二维码；手动输入时请逐位核对。别人转发的二维码图片不能打卡。',
    };
  if (hasErrorCode(error, 'CODE_EXPIRED'))
    return {
      headline: '打卡码已过期',
      detail: '屏幕上的打卡码每 30 秒更新一次。请重新扫描屏幕上正在显示的二维码，或输入最新的打卡码。',
    };
  if (hasErrorCode(error, 'TOO_FAR')) {
    const distance = numberIn(error.details, 'distanceM');
    const radius = numberIn(error.details, 'radiusM');
    return {
      headline: '离场馆还有点远',
      detail:
        distance !== null && radius !== null
          ? `您现在距离场馆约 ${formatDistance(distance)}，需要在场馆 ${formatDistance(radius)}范围内才能打卡。请到达场馆后再打卡。`
          : '您不在场馆附近。请到达场馆后再打卡。',
    };
  }
  if (hasErrorCode(error, 'LOCATION_TOO_COARSE')) {
    const accuracy = numberIn(error.details, 'accuracyM');
    const limit = numberIn(error.details, 'maxAccuracyM') ?? maxAccuracyM;
    return {
      headline: '定位不够精确',
      detail: `${accuracy !== null ? `这次定位的误差约 ${Math.round(accuracy)} 米，` : ''}需要在 ${limit} 米以内。请走到室外开阔处或窗边，打开手机的定位服务（GPS）和无线网络后再试一次。`,
    };
  }
  if (hasErrorCode(error, 'VALIDATION_FAILED'))
    return { headline: '打卡信息不完整', detail: whatTheModeNeeds[mode] };
  return { headline: '打卡未完成', detail: errorMessage(error) };
}
