import type {
  BoardFiguresView,
  BoardPage,
  BoardRowView,
} from '../../../features/disruption-board/schemas.ts';

// The board (issue 5, item 9). The server's own zod schemas, read as types only.

export type BoardFigures = BoardFiguresView;
export type BoardRow = BoardRowView;
export type BoardResult = BoardPage;
export type PlaybookStep = BoardPage['steps'][number];
export type BoardCell = BoardRow['cells'][PlaybookStep];
export type CellState = BoardCell['state'];
