import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/** Only what the dashboards draw, loaded on demand (this module is imported dynamically). */
echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

export { echarts };
