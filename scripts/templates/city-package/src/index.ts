// Placeholder written by `pnpm new-city` so that the package builds before its data does:
// `pnpm build:data` replaces this file with the typed entry of @shuangjian/{{slug}} as soon as
// data/cities/{{slug}}.yaml validates. Do not edit.
export {};
