" spark scripts: *.spark files.
autocmd BufRead,BufNewFile *.spark setfiletype spark
