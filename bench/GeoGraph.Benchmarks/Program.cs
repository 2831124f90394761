using BenchmarkDotNet.Running;
using GeoGraph.Benchmarks;

return args.FirstOrDefault() switch
{
    "micro" => Run(() => BenchmarkRunner.Run<ExtractionBenchmarks>(args: args[1..])),
    "extraction" when args.Contains("--record-quality") => Run(QualityGate.Record),
    "extraction" => await ExtractionSpeedBenchmark.RunAsync(Count(args, 20_000)),
    "ingest" => await IngestionBenchmark.RunAsync(Count(args, 1000)),
    "scaling" => await ScalingBenchmark.RunAsync(),
    "api" => await ApiBenchmark.RunAsync(Count(args, 10_000)),
    "neo4j" => await Neo4jWriteBenchmark.RunAsync(Count(args, 1000)),
    "restart" => await RestartBenchmark.RunAsync(Count(args, 100_000)),
    "restart-measure" => await RestartBenchmark.MeasureAsync(args[1]),
    "first-load" => await FirstLoadBenchmark.RunAsync(Count(args, 20_000)),
    "first-load-measure" => await FirstLoadBenchmark.MeasureAsync(args[1], int.Parse(args[2])),
    "stories" => await StoryBenchmark.RunAsync(Count(args, 100_000), args.Length > 2 && double.TryParse(args[2], System.Globalization.CultureInfo.InvariantCulture, out var share) ? share : 0.3),
    "export" => await ExportBenchmark.RunAsync(Count(args, 100_000)),
    "export-measure" => ExportBenchmark.Measure(args[1], args[2]),
    "torture" => await TortureBenchmark.RunAsync(Count(args, 10), args.Length > 2 && int.TryParse(args[2], out var files) ? files : 1000),
    _ => Usage(),
};

static int Count(string[] args, int fallback) => args.Length > 1 && int.TryParse(args[1], out var n) ? n : fallback;

static int Run(Action action)
{
    action();
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: GeoGraph.Benchmarks micro|extraction [N] [--record-quality]|ingest [N]|scaling|api [N]|neo4j [N]|restart [N]|first-load [N]|torture [rounds] [files]|stories [N] [share]|export [N]");
    return 2;
}
