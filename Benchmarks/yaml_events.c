/* The physical floor of the benchmark: read every file named on standard input and run
 * libyaml's event parser over it, doing nothing with the events. Nothing that checks a YAML
 * filing can be faster than this. Prints files, bytes and events. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

int main(void) {
    char path[4096];
    static unsigned char buffer[1 << 22];
    long files = 0, bytes = 0, events = 0;
    while (fgets(path, sizeof path, stdin)) {
        path[strcspn(path, "\n")] = 0;
        FILE *file = fopen(path, "rb");
        if (!file) { perror(path); return 2; }
        size_t size = fread(buffer, 1, sizeof buffer, file);
        fclose(file);
        yaml_parser_t parser;
        yaml_event_t event;
        yaml_parser_initialize(&parser);
        yaml_parser_set_input_string(&parser, buffer, size);
        int done = 0;
        while (!done) {
            if (!yaml_parser_parse(&parser, &event)) break;
            done = event.type == YAML_STREAM_END_EVENT;
            yaml_event_delete(&event);
            events++;
        }
        yaml_parser_delete(&parser);
        files++;
        bytes += (long)size;
    }
    printf("%ld files, %ld bytes, %ld events\n", files, bytes, events);
    return 0;
}
