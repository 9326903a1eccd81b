// A stand-in for uCharts in page tests (jsdom has no canvas to draw on): records what each chart
// was asked to draw. The real library draws in the stack test's browser and in the weapp build.
import type { UChartsOptions } from '@qiun/ucharts';

export const drawnCharts: UChartsOptions[] = [];

export default class UCharts {
  constructor(options: UChartsOptions) {
    drawnCharts.push(options);
  }
}
