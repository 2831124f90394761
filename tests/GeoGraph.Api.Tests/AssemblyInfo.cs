// WebApplicationFactory<Program> finds the minimal-API host through a process-wide diagnostic listener, so two
// factories starting at the same moment can pick up each other's host: start them one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
