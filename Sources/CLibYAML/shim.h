// The system libyaml (libyaml-dev), read event by event by Catalog's YAML reader.
#include <yaml.h>
