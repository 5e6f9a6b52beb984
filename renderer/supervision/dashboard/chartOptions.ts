import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { DashboardStats, UnitStats } from '../../../shared/supervision/api-types';
import { lightLabels, supervisionSources, supervisionStatuses, supervisionStatusLabels } from '../../../shared/supervision/kinds';
import { lightColors, lightOrder } from '../lightColors';

export type ChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

/** How many units the rate rankings show. */
export const rankedUnits = 15;

/** 0.873 → "87.3%"; no rate (nothing due yet) → "—". */
export function percentText(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`;
}

/** How many data points an option draws, so a test can tell an empty chart from a drawn one. */
export function dataPoints(option: ChartOption): number {
  const series = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  return series.reduce((sum, s) => sum + (Array.isArray(s.data) ? s.data.filter((d) => (typeof d === 'object' && d !== null && 'value' in d ? d.value : d) !== 0).length : 0), 0);
}

const font = { fontFamily: '"PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", "Noto Sans CJK SC", sans-serif' };

function donut(data: { name: string; value: number; itemStyle?: { color: string } }[]): ChartOption {
  return {
    textStyle: font,
    tooltip: { trigger: 'item', formatter: '{b}：{c} 项（{d}%）' },
    legend: { bottom: 0, icon: 'circle' },
    series: [{ type: 'pie', radius: ['45%', '70%'], center: ['50%', '44%'], avoidLabelOverlap: true, label: { formatter: '{b}\n{c}' }, data: data.filter((d) => d.value > 0) }],
  };
}

/** 红黄绿灯 as a donut, each slice in its light's colour. */
export function lightOption(byLight: DashboardStats['byLight']): ChartOption {
  return donut(lightOrder.map((l) => ({ name: lightLabels[l], value: byLight[l] ?? 0, itemStyle: { color: lightColors[l] } })));
}

export function sourceOption(bySource: DashboardStats['bySource']): ChartOption {
  return donut(supervisionSources.map((s) => ({ name: s, value: bySource[s] ?? 0 })));
}

export function statusOption(byStatus: DashboardStats['byStatus']): ChartOption {
  return {
    textStyle: font,
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 24, bottom: 28 },
    xAxis: { type: 'category', data: supervisionStatuses.map((s) => supervisionStatusLabels[s]) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name: '事项数', barMaxWidth: 36, itemStyle: { color: '#1677ff' }, label: { show: true, position: 'top' }, data: supervisionStatuses.map((s) => byStatus[s] ?? 0) }],
  };
}

/**
 * A rate by unit (按期办结率 or 反馈及时率) as horizontal bars, best first, the top 15 of the
 * units that have a rate at all (a unit with nothing due yet is not ranked).
 */
export function unitRateOption(units: UnitStats[], rate: 'onTimeRate' | 'feedbackRate', unitName: (id: string) => string): ChartOption {
  const ranked = units
    .filter((u): u is UnitStats & Record<typeof rate, number> => u[rate] !== null)
    .sort((a, b) => b[rate] - a[rate] || unitName(a.unitId).localeCompare(unitName(b.unitId), 'zh-CN'))
    .slice(0, rankedUnits);
  return {
    textStyle: font,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => `${String(v)}%` },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    // Inverse: the best unit at the top, as a ranking reads.
    yAxis: { type: 'category', inverse: true, data: ranked.map((u) => unitName(u.unitId)), axisLabel: { width: 120, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        name: rate === 'onTimeRate' ? '按期办结率' : '反馈及时率',
        barMaxWidth: 16,
        label: { show: true, position: 'right', formatter: '{c}%' },
        data: ranked.map((u) => ({ value: Math.round(u[rate] * 1000) / 10, itemStyle: { color: u[rate] >= 0.9 ? '#52c41a' : u[rate] >= 0.6 ? '#faad14' : '#f5222d' } })),
      },
    ],
  };
}

/** 立项 and 办结 by month. */
export function trendOption(trend: DashboardStats['trend']): ChartOption {
  return {
    textStyle: font,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 32, bottom: 28 },
    xAxis: { type: 'category', boundaryGap: false, data: trend.map((t) => t.month) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { type: 'line', name: '立项', itemStyle: { color: '#1677ff' }, data: trend.map((t) => t.created) },
      { type: 'line', name: '办结', itemStyle: { color: '#52c41a' }, data: trend.map((t) => t.closed) },
    ],
  };
}

/** Items by the leader who gave the 批示, most first. */
export function leaderOption(byLeader: DashboardStats['byLeader'], leaderName: (id: string) => string): ChartOption {
  const sorted = [...byLeader].sort((a, b) => b.count - a.count).slice(0, rankedUnits);
  return {
    textStyle: font,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: sorted.map((l) => leaderName(l.leaderId)) },
    series: [{ type: 'bar', name: '事项数', barMaxWidth: 16, itemStyle: { color: '#722ed1' }, label: { show: true, position: 'right' }, data: sorted.map((l) => l.count) }],
  };
}
