/** Funnel plots for proportions, ratios and rates (PHEindicatormethods R/Funnels.R). */
export * from './axis';
export * from './controlLimits';
export * from './limits';
export * from './significance';
