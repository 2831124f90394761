namespace GeoGraph.Api.Endpoints.Parameters;

/// <summary>A request's parameters, bound with <c>[AsParameters]</c>, that say what is wrong with them; <see cref="ValidationFilter"/> asks.</summary>
public interface IValidatedRequest
{
    void Validate(RequestErrors errors);
}
