import { wordSet } from './text';

/**
 * schema.org types that stand for an organization: Organization and its subtypes, LocalBusiness
 * and its subtypes (schema.org hierarchy as of 2024), compared in lower case. Types whose name says what
 * they are ("...Organization", "...Business", "...Store", "...Agency") are left to ORG_SUFFIX.
 */
const ORG_TYPES = wordSet(
  `
  Airline Consortium Cooperative FundingScheme LibrarySystem NGO PerformingGroup PoliticalParty Project
  ResearchProject SportsTeam WorkersUnion DanceGroup MusicGroup TheaterGroup CollegeOrUniversity
  ElementarySchool HighSchool MiddleSchool Preschool School DiagnosticLab Hospital MedicalClinic Pharmacy
  Physician VeterinaryCare Dentist Optician AnimalShelter ChildCare DryCleaningOrLaundry EmergencyService
  FinancialService FoodEstablishment GovernmentOffice InternetCafe LegalService Library
  ProfessionalService RadioStation RealEstateAgent RecyclingCenter SelfStorage ShoppingCenter
  SportsActivityLocation TelevisionStation TouristInformationCenter AutoBodyShop AutoDealer AutoRental
  AutoRepair AutoWash GasStation MotorcycleDealer MotorcycleRepair FireStation PoliceStation
  AdultEntertainment AmusementPark ArtGallery Casino ComedyClub MovieTheater NightClub AccountingService
  AutomatedTeller BankOrCreditUnion Bakery BarOrPub Brewery CafeOrCoffeeShop Distillery FastFoodRestaurant
  IceCreamShop Restaurant Winery PostOffice BeautySalon DaySpa HairSalon HealthClub NailSalon TattooParlor
  Electrician GeneralContractor HousePainter Locksmith Plumber RoofingContractor Attorney Notary
  BedAndBreakfast Campground Hostel Hotel Motel Resort VacationRental BowlingAlley ExerciseGym GolfCourse
  PublicSwimmingPool SkiResort SportsClub StadiumOrArena TennisComplex Florist HobbyShop PawnShop TireShop
`.toLowerCase(),
);

// Extensions and vendor vocabularies name their subtypes like this ("SoftwareCompany", "LawFirmBusiness").
// Not "...Service": GovernmentService, TaxiService and BroadcastService are offerings, not organizations.
const ORG_SUFFIX = /(?:organization|organisation|business|store|company|corporation|agency)$/;

/** Is this (lower-case, IRI-stripped) schema.org type an organization? */
export const isOrgType = (type: string): boolean => ORG_TYPES.has(type) || ORG_SUFFIX.test(type);

/** Is any of these types an organization? */
export const anyOrgType = (types: readonly string[]): boolean => types.some(isOrgType);
