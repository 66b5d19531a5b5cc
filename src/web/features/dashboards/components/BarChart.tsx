import { Box } from '@mantine/core';
import { useEffect, useRef } from 'react';

export interface BarDatum {
  label: string;
  value: number;
}

/** One hue, dark enough on white for a 3:1 contrast; bars are also labelled in the table beside. */
export const CHART_COLOUR = '#2171b5';

/**
 * A bar chart drawn by ECharts (SVG renderer), loaded only when a chart is on screen so the
 * entry bundle stays small. The chart is an image with a summary; the table alternative beside
 * it carries every number for screen readers.
 */
export function BarChart({ data, summary, horizontal = false, height = 260 }: { data: BarDatum[]; summary: string; horizontal?: boolean; height?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let chart: { dispose(): void; resize(): void } | null = null;
    const onResize = () => chart?.resize();
    void import('./echarts-setup').then(({ echarts }) => {
      if (disposed || !ref.current) return;
      const instance = echarts.init(ref.current, undefined, { renderer: 'svg' });
      const category = { type: 'category' as const, data: data.map((d) => d.label), axisLabel: { interval: horizontal ? 0 : 'auto', fontSize: 11 } };
      const value = { type: 'value' as const, minInterval: 1 };
      instance.setOption({
        animation: false,
        aria: { enabled: false },
        grid: { left: horizontal ? 140 : 40, right: 16, top: 12, bottom: horizontal ? 24 : 48, containLabel: false },
        tooltip: { trigger: 'axis' },
        xAxis: horizontal ? value : category,
        yAxis: horizontal ? { ...category, inverse: true } : value,
        series: [{ type: 'bar', data: data.map((d) => d.value), itemStyle: { color: CHART_COLOUR } }],
      });
      chart = instance;
      window.addEventListener('resize', onResize);
    });
    return () => {
      disposed = true;
      window.removeEventListener('resize', onResize);
      chart?.dispose();
    };
  }, [data, horizontal]);
  return <Box ref={ref} role="img" aria-label={summary} style={{ width: '100%', height }} />;
}
