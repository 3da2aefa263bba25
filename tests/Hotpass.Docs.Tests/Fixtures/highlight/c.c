#include <stdio.h>
#include <stdlib.h>

/* Counts the lines of a file. */
static size_t count_lines(FILE *in)
{
    size_t lines = 0;
    int ch;
    while ((ch = fgetc(in)) != EOF) {
        if (ch == '\n') lines++;
    }
    return lines;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE\n", argv[0]);
        return 1;
    }
    FILE *in = fopen(argv[1], "r");
    printf("%zu\n", count_lines(in));
    return 0;
}
