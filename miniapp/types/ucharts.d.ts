// The part of uCharts (@qiun/ucharts, one untyped ES module) that the 数据看板 uses.
declare module '@qiun/ucharts' {
  export interface UChartsOptions {
    type: 'column' | 'bar' | 'line' | 'area';
    /** A 2d context: the WeChat canvas node's (type="2d") or an HTML canvas'. */
    context: unknown;
    /** Drawing-buffer pixels; every other size below is in CSS px, scaled by pixelRatio. */
    width: number;
    height: number;
    pixelRatio?: number;
    categories: string[];
    series: Array<{ name: string; data: number[]; color?: string; formatter?: (value: number) => string }>;
    color?: string[];
    animation?: boolean;
    background?: string;
    padding?: [number, number, number, number];
    fontSize?: number;
    fontColor?: string;
    dataLabel?: boolean;
    enableScroll?: boolean;
    legend?: Record<string, unknown>;
    xAxis?: Record<string, unknown>;
    yAxis?: Record<string, unknown>;
    extra?: Record<string, unknown>;
  }
  export default class UCharts {
    constructor(options: UChartsOptions);
  }
}
