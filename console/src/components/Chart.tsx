// ECharts, bundled (no CDN), only the parts the console draws: bars and pies on SVG (crisp in
// screenshots and print). The chart's data come from one operation; its caption names the source.
import { useEffect, useRef } from 'react';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { Figure } from '../lib/source.js';

echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export function Chart({ title, option, path, height = 280, testId }: { title: string; option: EChartsCoreOption; path: string; height?: number; testId?: string }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!element.current) return;
    chart.current = echarts.init(element.current, undefined, { renderer: 'svg' });
    const resize = () => chart.current?.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);
  return (
    <figure className="card chart" data-testid={testId}>
      <figcaption>
        <span>{title}</span>
        <Figure path={path} label={title} className="chart-source">
          数据来源
        </Figure>
      </figcaption>
      <div ref={element} style={{ height }} />
    </figure>
  );
}

const PALETTE = ['#c23531', '#2f4554', '#61a0a8', '#d48265', '#91c7ae', '#749f83', '#ca8622', '#bda29a', '#6e7074'];

/** bars of one or more series over named categories; rates as per cent */
export function barOption(categories: string[], series: { name: string; values: (number | null)[] }[], options: { percent?: boolean; stacked?: boolean } = {}): EChartsCoreOption {
  const scale = (v: number | null) => (v == null ? null : options.percent ? Number((v * 100).toFixed(2)) : v);
  return {
    color: PALETTE,
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 36, bottom: 56 },
    xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, rotate: categories.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', axisLabel: { formatter: options.percent ? '{value}%' : '{value}' }, ...(options.percent ? { max: 100 } : {}) },
    series: series.map((s) => ({ name: s.name, type: 'bar', data: s.values.map(scale), ...(options.stacked ? { stack: 'total' } : {}) })),
  };
}

export function pieOption(slices: { name: string; value: number }[]): EChartsCoreOption {
  return {
    color: PALETTE,
    animation: false,
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0 },
    series: [{ type: 'pie', radius: ['35%', '65%'], data: slices, label: { formatter: '{b}\n{c}' } }],
  };
}
