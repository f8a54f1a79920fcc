#!/usr/bin/env node
// The `pulso` command. It runs the bundled CLI, rebuilding it first when the sources changed.
const { buildCliIfStale, outfile } = require('../scripts/build-cli.js')

buildCliIfStale()
require(outfile).main()
