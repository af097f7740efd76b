/**
 * schema.org types that stand for an organization: Organization and its subtypes, LocalBusiness
 * and its subtypes (schema.org hierarchy as of 2024), lower case. Types outside the list still
 * count when their name says what they are (see isOrgType).
 */
const ORG_TYPES = new Set(
  `
  Organization Organisation Airline Consortium Cooperative Corporation EducationalOrganization FundingScheme
  GovernmentOrganization LibrarySystem LocalBusiness MedicalOrganization NGO NewsMediaOrganization OnlineBusiness
  OnlineStore PerformingGroup PoliticalParty Project FundingAgency ResearchProject ResearchOrganization
  SearchRescueOrganization SportsOrganization SportsTeam WorkersUnion DanceGroup MusicGroup TheaterGroup

  CollegeOrUniversity ElementarySchool HighSchool MiddleSchool Preschool School
  DiagnosticLab Hospital MedicalClinic Pharmacy Physician VeterinaryCare Dentist Optician

  AnimalShelter ArchiveOrganization AutomotiveBusiness ChildCare DryCleaningOrLaundry EmergencyService
  EmploymentAgency EntertainmentBusiness FinancialService FoodEstablishment GovernmentOffice
  HealthAndBeautyBusiness HomeAndConstructionBusiness InternetCafe LegalService Library LodgingBusiness
  MedicalBusiness ProfessionalService RadioStation RealEstateAgent RecyclingCenter SelfStorage ShoppingCenter
  SportsActivityLocation Store TelevisionStation TouristInformationCenter TravelAgency

  AutoBodyShop AutoDealer AutoPartsStore AutoRental AutoRepair AutoWash GasStation MotorcycleDealer
  MotorcycleRepair FireStation PoliceStation AdultEntertainment AmusementPark ArtGallery Casino ComedyClub
  MovieTheater NightClub AccountingService AutomatedTeller BankOrCreditUnion InsuranceAgency Bakery BarOrPub
  Brewery CafeOrCoffeeShop Distillery FastFoodRestaurant IceCreamShop Restaurant Winery PostOffice BeautySalon
  DaySpa HairSalon HealthClub NailSalon TattooParlor Electrician GeneralContractor HVACBusiness HousePainter
  Locksmith MovingCompany Plumber RoofingContractor Attorney Notary BedAndBreakfast Campground Hostel Hotel
  Motel Resort VacationRental BowlingAlley ExerciseGym GolfCourse PublicSwimmingPool SkiResort SportsClub
  StadiumOrArena TennisComplex BikeStore BookStore ClothingStore ComputerStore ConvenienceStore
  DepartmentStore ElectronicsStore Florist FurnitureStore GardenStore GroceryStore HardwareStore HobbyShop
  HomeGoodsStore JewelryStore LiquorStore MensClothingStore MobilePhoneStore MovieRentalStore MusicStore
  OfficeEquipmentStore OutletStore PawnShop PetStore ShoeStore SportingGoodsStore TireShop ToyStore
  WholesaleStore
  `
    .trim()
    .split(/\s+/)
    .map((t) => t.toLowerCase()),
);

// Extensions and vendor vocabularies name their subtypes like this ("SoftwareCompany", "LawFirmBusiness").
// Not "...Service": GovernmentService, TaxiService and BroadcastService are offerings, not organizations.
const ORG_SUFFIX = /(?:organization|organisation|business|store|company|corporation|agency)$/;

/** Is this (lower-case, IRI-stripped) schema.org type an organization? */
export const isOrgType = (type: string): boolean => ORG_TYPES.has(type) || ORG_SUFFIX.test(type);

/** Is any of these types an organization? */
export const anyOrgType = (types: readonly string[]): boolean => types.some(isOrgType);
