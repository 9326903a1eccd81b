import type { UChartsOptions } from '@qiun/ucharts';
import type { ChartData } from './series';

// uCharts options for the three kinds of chart, in CSS px (uCharts scales them by pixelRatio).

/** Brand blue, orange, green: apart for red-green colour blindness, each ≥ 3:1 on white. */
export const chartColors = ['#0b5c7a', '#c25e00', '#4c7a2a', '#6b4fa0', '#9a3b52'];

/** An axis top that is a whole number of whole steps, so every tick is an integer. */
export function niceAxis(max: number): { max: number; splitNumber: number } {
  if (max <= 0) return { max: 4, splitNumber: 4 };
  const splitNumber = max < 4 ? Math.ceil(max) : 4;
  const raw = max / splitNumber;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step =
    [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw && Number.isInteger(s)) ??
    Math.ceil(raw);
  return { max: step * splitNumber, splitNumber };
}

const largest = (chart: ChartData) =>
  chart.kind === 'stack'
    ? Math.max(0, ...chart.categories.map((_, i) => chart.series.reduce((n, s) => n + (s.data[i] ?? 0), 0)))
    : Math.max(0, ...chart.series.flatMap((s) => s.data));

/**
 * Every `step`-th label counted back from the last (the latest week or month is always named):
 * twelve labels do not fit side by side on a 320 px phone.
 */
const thinned = (count: number) => {
  const step = count > 6 ? 2 : 1;
  return (label: string, index: number) => ((count - 1 - index) % step === 0 ? label : '');
};

/** Bars of zero carry no label: the bar's absence says it. */
const blankZero = (value: number) => (value === 0 ? '' : String(value));

/** Everything but the context and the buffer size. */
export function chartOptions(
  chart: ChartData,
): Omit<UChartsOptions, 'context' | 'width' | 'height' | 'pixelRatio'> {
  const axis = niceAxis(largest(chart));
  const common = {
    categories: chart.categories,
    series: chart.series.map((s) => ({ ...s, formatter: blankZero })),
    color: chartColors,
    animation: false,
    background: '#FFFFFF',
    fontSize: 12,
    fontColor: '#33434e',
    padding: [12, 12, 4, 4] as [number, number, number, number],
  };
  if (chart.kind === 'bar') {
    return {
      ...common,
      type: 'bar',
      dataLabel: true,
      legend: { show: false },
      xAxis: { min: 0, max: axis.max, splitNumber: axis.splitNumber, gridType: 'dash', fontSize: 11 },
      yAxis: { fontSize: 12 },
      extra: { bar: { width: 16, linearType: 'none', activeBgOpacity: 0 } },
    };
  }
  return {
    ...common,
    type: 'column',
    dataLabel: chart.kind === 'column',
    legend: chart.series.length > 1 ? { show: true, position: 'bottom', fontSize: 12 } : { show: false },
    xAxis: { disableGrid: true, fontSize: 11, formatter: thinned(chart.categories.length) },
    yAxis: {
      gridType: 'dash',
      splitNumber: axis.splitNumber,
      data: [{ min: 0, max: axis.max, tofix: 0, fontSize: 11 }],
    },
    extra: { column: { type: chart.kind === 'stack' ? 'stack' : 'group', width: 12, activeBgOpacity: 0 } },
  };
}
