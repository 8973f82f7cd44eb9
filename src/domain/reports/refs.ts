import type { Account, Category } from '../model';

/** What a report needs to know about a category: its id and its name (the kind comes with each row). */
export type CategoryRef = Pick<Category, 'id' | 'name'>;

/** What a report needs to know about an account. */
export type AccountRef = Pick<Account, 'id' | 'name'>;
