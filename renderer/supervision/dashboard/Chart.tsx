import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use, type ECharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { dataPoints, type ChartOption } from './chartOptions';

// Only the chart kinds the dashboard draws, so the bundle carries a fraction of ECharts.
use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/**
 * One ECharts chart filling its box: drawn again when the option changes, resized with its
 * container, disposed when it leaves. `onItemClick` gets the clicked data item's index.
 */
export function Chart({ option, name, height = 280, onItemClick }: { option: ChartOption; name: string; height?: number; onItemClick?: (dataIndex: number) => void }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const clicked = useRef(onItemClick);
  clicked.current = onItemClick;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = init(el, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => clicked.current?.(params.dataIndex));
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(el);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: a filter that empties a series must clear it, not leave the old bars standing.
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} className="xt-sup-chart" style={{ height }} data-testid={`sup-chart-${name}`} data-points={dataPoints(option)} />;
}
