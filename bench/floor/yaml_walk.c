/* The floor for `onestop check`: walks libyaml's parser events over every .yaml file under the
 * given folders (no tree, no checks) and prints the number of events and scalar bytes.
 * Build: cc -O2 -o yaml_walk yaml_walk.c -lyaml      Usage: yaml_walk DIR... */
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <stdio.h>
#include <string.h>
#include <yaml.h>

static unsigned long events, scalar_bytes, files;
static int failed;

static int walk_file(const char *path, const struct stat *st, int type, struct FTW *ftw) {
    (void)st;
    (void)ftw;
    size_t length = strlen(path);
    if (type != FTW_F || length < 5 || strcmp(path + length - 5, ".yaml") != 0) return 0;
    FILE *file = fopen(path, "rb");
    if (!file) {
        perror(path);
        failed = 1;
        return 0;
    }
    yaml_parser_t parser;
    yaml_event_t event;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_file(&parser, file);
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "%s:%zu: %s\n", path, parser.problem_mark.line + 1, parser.problem);
            failed = 1;
            break;
        }
        events++;
        if (event.type == YAML_SCALAR_EVENT) scalar_bytes += event.data.scalar.length;
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (done) break;
    }
    yaml_parser_delete(&parser);
    fclose(file);
    files++;
    return 0;
}

int main(int argc, char **argv) {
    for (int i = 1; i < argc; i++) nftw(argv[i], walk_file, 16, FTW_PHYS);
    printf("%lu files, %lu events, %lu scalar bytes\n", files, events, scalar_bytes);
    return failed;
}
