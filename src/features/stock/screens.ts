// Every stock and opening-items screen in one chunk: the first screen then names one file, not five.
export { HomeStockCard } from './HomeStockCard';
export { OpeningScreen } from './OpeningScreen';
export { StockCountScreen } from './StockCountScreen';
export { StockLinks } from './StockLinks';
export { StockScreen } from './StockScreen';
