import Taro from '@tarojs/taro';
import { Canvas, Text, View } from '@tarojs/components';
import UCharts from '@qiun/ucharts';
import { createElement, useEffect, useRef, useState } from 'react';
import { withCanvasNode } from '../../../components/canvasNode';
import { chartOptions } from './options';
import type { ChartData } from './series';

// A chart drawn by uCharts on a 2d canvas: WeChat's Canvas type="2d" node, or an HTML canvas on
// H5. Its figures are also said in a sentence and, on a tap, shown as a table (screen readers
// read both; the canvas itself is one labelled image).

interface Size {
  width: number;
  height: number;
}

function draw(context: unknown, css: Size, ratio: number, chart: ChartData): void {
  new UCharts({
    ...chartOptions(chart),
    context,
    width: Math.round(css.width * ratio),
    height: Math.round(css.height * ratio),
    pixelRatio: ratio,
  });
}

/** WeChat: the canvas node is reached through a selector query once the page has laid it out. */
function WeappChart({ chart, canvasId, height }: { chart: ChartData; canvasId: string; height: string }) {
  useEffect(
    () =>
      withCanvasNode(canvasId, (node, size, ratio) => {
        node.width = Math.round(size.width * ratio);
        node.height = Math.round(size.height * ratio);
        draw(node.getContext('2d'), size, ratio, chart);
      }),
    [chart, canvasId],
  );
  return <Canvas type="2d" id={canvasId} className="st-canvas" style={{ height }} />;
}

/** H5: a plain canvas, drawn again when the window changes width. */
function HtmlChart({ chart, height, label }: { chart: ChartData; height: string; label: string }) {
  const ref = useRef<HTMLCanvasElement | null>(null);
  useEffect(() => {
    const paint = () => {
      const canvas = ref.current;
      if (!canvas || !canvas.clientWidth) return;
      const ratio = window.devicePixelRatio || 1;
      const css = { width: canvas.clientWidth, height: canvas.clientHeight };
      canvas.width = Math.round(css.width * ratio);
      canvas.height = Math.round(css.height * ratio);
      const context = canvas.getContext('2d');
      if (context) draw(context, css, ratio, chart);
    };
    paint();
    window.addEventListener('resize', paint);
    return () => window.removeEventListener('resize', paint);
  }, [chart]);
  return createElement('canvas', {
    ref,
    className: 'st-canvas',
    style: { height },
    role: 'img',
    'aria-label': label,
    'data-testid': 'stats-chart',
  });
}

let chartCount = 0;

/** A titled chart card; a bar chart grows with its rows (one bar a row), column charts have one height. */
export function Chart({ title, chart }: { title: string; chart: ChartData }) {
  const [canvasId] = useState(() => `stchart${++chartCount}`);
  const [showTable, setShowTable] = useState(false);
  const designPx = chart.kind === 'bar' ? Math.max(320, 96 + chart.categories.length * 64) : 440;
  const height = Taro.pxTransform ? Taro.pxTransform(designPx) : `${designPx / 2}px`;
  return (
    <View className="card st-chart">
      <Text className="card-title">{title}</Text>
      {chart.empty ? (
        <Text className="muted">{chart.summary}</Text>
      ) : (
        <View>
          {process.env.TARO_ENV === 'weapp' ? (
            <WeappChart chart={chart} canvasId={canvasId} height={height} />
          ) : (
            <HtmlChart chart={chart} height={height} label={`${title}：${chart.summary}`} />
          )}
          <Text className="st-chart-summary">{chart.summary}</Text>
          <View className="st-table-toggle" onClick={() => setShowTable(!showTable)}>
            {showTable ? '收起数据表 ▴' : '查看数据表 ▾'}
          </View>
          {showTable && <ChartTable table={chart.table} />}
        </View>
      )}
    </View>
  );
}

function ChartTable({ table }: { table: ChartData['table'] }) {
  return (
    <View className="st-table">
      <View className="st-tr st-th">
        {table.head.map((cell, i) => (
          <Text key={i} className={i === 0 ? 'st-td st-td-first' : 'st-td'}>
            {cell}
          </Text>
        ))}
      </View>
      {table.rows.map((row, r) => (
        <View key={r} className="st-tr">
          {row.map((cell, i) => (
            <Text key={i} className={i === 0 ? 'st-td st-td-first' : 'st-td'}>
              {cell}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}
